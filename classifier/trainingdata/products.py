"""The fictional company's products, shared by every generator.

Requests and other mail must name the same products: if only requests did, the model would
learn that a product name means "request" (it did, before this list was shared).
"""

from __future__ import annotations

PRODUCTS: tuple[str, ...] = (
    "CloudCam",
    "CloudCam Mini",
    "HomeHub app",
    "FitBand",
    "FitBand 2",
    "DoorView doorbell",
    "SmartPlug",
    "EX-Cam Outdoor",
    "HomeHub Max",
    "EX-Lock 300",
)
KID_PRODUCTS: tuple[str, ...] = ("KidWatch", "KidWatch app", "FitBand Junior")
