"""Benchmarks, run by hand (``make bench``); they print medians and ratios, never assert."""
