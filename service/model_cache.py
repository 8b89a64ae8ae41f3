"""Loading the classifier: trained from the bundled corpus once, then reused from a cache.

Training takes seconds; every CLI call would pay it. The fitted model is pickled into the
user's cache directory under a key derived from the corpus bytes, the model code and the
scikit-learn version, so any change to those retrains. The cache holds only our own files
(mode 0600), which is what makes unpickling them acceptable.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from importlib import metadata, resources
from pathlib import Path

import platformdirs

from classifier.corpus import bundled_corpora
from classifier.model import TextModel
from classifier.predict import Classifier, Extraction, Thresholds
from classifier.training import train

log = logging.getLogger(__name__)

CACHE_ENV = "DSR_CACHE_DIR"
KEY_LENGTH = 20


def cache_dir() -> Path:
    """``$DSR_CACHE_DIR``, else the user's cache directory for dsr-triage."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("dsr-triage"))


def _files(folder: Path) -> list[tuple[str, str]]:
    """(name relative to ``folder`` with "/", full path) of every file under it, by name."""
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            full = os.path.join(root, name)
            found.append((os.path.relpath(full, folder).replace(os.sep, "/"), full))
    return sorted(found)


def corpus_key(corpora: list[Path]) -> str:
    """A hash of everything the fitted model depends on: code, corpus bytes, scikit-learn.

    Reading the 3,500 corpus files costs ~0.1 s of every start, listing their sizes and
    modification times a fifth of that: the content hash is remembered in the cache under
    a hash of that listing, and recomputed only when a file is added, removed or touched
    (a file touched but unchanged gives the same key, so nothing is retrained).
    """
    # The installed version, read from its metadata: importing scikit-learn only for its
    # version would cost what not importing it at prediction time saves.
    code = hashlib.sha256(metadata.version("scikit-learn").encode())
    for module in ("model.py", "features.py", "textprep.py", "document.py", "training.py"):
        code.update((resources.files("classifier") / module).read_bytes())
    listing = [(folder, _files(folder)) for folder in corpora]
    stamp = hashlib.sha256(code.digest())
    for folder, files in listing:
        stamp.update(f"{folder.resolve()}\n".encode())
        for name, full in files:
            info = os.stat(full)
            stamp.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    memo = cache_dir() / "corpus-keys" / stamp.hexdigest()[:32]
    try:
        remembered = memo.read_text(encoding="ascii").strip()
        if len(remembered) == KEY_LENGTH and all(c in "0123456789abcdef" for c in remembered):
            return remembered
    except (OSError, UnicodeDecodeError):
        pass
    digest = hashlib.sha256(code.digest())
    for _folder, files in listing:
        for name, full in files:
            digest.update(name.encode())
            with open(full, "rb") as handle:
                digest.update(handle.read())
    key = digest.hexdigest()[:KEY_LENGTH]
    try:
        memo.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = memo.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(key, encoding="ascii")
        temporary.replace(memo)
    except OSError as exc:
        log.debug("cannot remember the corpus key in %s (%s)", memo, exc)
    return key


def load_model(corpora: list[Path] | None = None, use_cache: bool = True) -> TextModel:
    """The fitted model for ``corpora`` (default: bundled), from the cache when possible."""
    folders = corpora if corpora is not None else bundled_corpora()
    if not use_cache:
        return train(folders)
    path = cache_dir() / f"model-{corpus_key(folders)}.pickle"
    if path.is_file():
        try:
            with path.open("rb") as handle:
                model = pickle.load(handle)  # noqa: S301 - our own cache file, see module doc
            if isinstance(model, TextModel):
                return model
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
            log.warning("model cache %s unreadable (%s); retraining", path, exc)
    model = train(folders)
    try:
        _write_private(path, model)
    except OSError as exc:
        log.warning("cannot write model cache %s (%s); continuing without it", path, exc)
    return model


def _write_private(path: Path, data: object) -> None:
    """Pickle ``data`` to ``path`` atomically, readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)


TRAINED_FILE = "model.pickle"
"""Name of the model ``dsr train`` fits with staff corrections, in the data directory."""


def save_trained(model: TextModel, path: Path) -> None:
    """Keep a model trained with corrections, tagged with the code and corpus it fits."""
    _write_private(path, {"key": corpus_key(bundled_corpora()), "model": model})


def load_trained(path: Path) -> TextModel | None:
    """The model ``dsr train`` saved, or None if there is none or it is stale.

    A model fitted for other code, corpus or scikit-learn is not used (it could be subtly
    wrong): the corpus model serves until ``dsr train`` runs again.
    """
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            saved = pickle.load(handle)  # noqa: S301 - our own file, written 0600
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
        log.warning("trained model %s unreadable (%s); using the corpus model", path, exc)
        return None
    if not isinstance(saved, dict) or not isinstance(saved.get("model"), TextModel):
        return None
    if saved.get("key") != corpus_key(bundled_corpora()):
        log.warning(
            "trained model %s was fitted for other code or corpus; using the corpus model "
            "until `dsr train` runs again",
            path,
        )
        return None
    model: TextModel = saved["model"]
    return model


def load_classifier(
    thresholds: Thresholds,
    extraction: Extraction | None = None,
    use_cache: bool = True,
    trained: Path | None = None,
) -> Classifier:
    """The classifier with the configured thresholds and extraction settings: the model
    ``dsr train`` saved at ``trained`` when it is current, else the corpus model."""
    model = (load_trained(trained) if trained is not None else None) or load_model(
        use_cache=use_cache
    )
    return Classifier(model, thresholds, extraction)
