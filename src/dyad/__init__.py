"""dyad: evidence-grounded, executable models of international relationships."""

__version__ = "0.1.0"
