"""Transfer (squashing) functions of a fuzzy cognitive map.

Each function maps the raw activation ``x`` computed by the inference rule to a
concept state. They work in place on float arrays (the fast engine reuses its
buffers) and have the same formulas as FCMpy's transfer store:

========== ======================== ================ ======================
name       formula                  state range      notes
========== ======================== ================ ======================
sigmoid    ``1 / (1 + exp(-λx))``   ``[0, 1]``
tanh       ``tanh(λx)``             ``[-1, 1]``      FCMpy has no λ (λ = 1)
bivalent   ``1 if x > 0 else 0``    ``{0, 1}``       initial states [0, 1]
trivalent  ``sign(x)``              ``{-1, 0, 1}``   initial states [-1, 1]
========== ======================== ================ ======================
"""

from __future__ import annotations

import numpy as np

__all__ = ["TRANSFERS", "RULES", "state_range", "apply_transfer", "transfer_scalar"]

TRANSFERS = ("sigmoid", "tanh", "bivalent", "trivalent")
RULES = ("kosko", "modified-kosko", "rescaled")

_RANGES = {
    "sigmoid": (0.0, 1.0),
    "bivalent": (0.0, 1.0),
    "tanh": (-1.0, 1.0),
    "trivalent": (-1.0, 1.0),
}


def state_range(transfer: str) -> tuple[float, float]:
    """Closed interval of valid concept states (initial and clamped) for ``transfer``.

    >>> state_range("tanh")
    (-1.0, 1.0)
    """
    return _RANGES[transfer]


def apply_transfer(x: np.ndarray, transfer: str, lam: float) -> np.ndarray:
    """Apply ``transfer`` to the float array ``x`` **in place** and return it.

    Parameters
    ----------
    x : numpy.ndarray
        Raw activations (float64); overwritten.
    transfer : str
        One of ``TRANSFERS``.
    lam : float
        Steepness λ (sigmoid and tanh only).

    Examples
    --------
    >>> apply_transfer(np.array([0.0, 2.0, -1.0]), "trivalent", 1.0)
    array([ 0.,  1., -1.])
    """
    if transfer == "sigmoid":
        # 1 / (1 + exp(-λx)); exp overflows to inf for very negative λx, giving 0 as it should.
        np.multiply(x, -lam, out=x)
        with np.errstate(over="ignore"):
            np.exp(x, out=x)
        x += 1.0
        np.reciprocal(x, out=x)
        return x
    if transfer == "tanh":
        if lam != 1.0:
            np.multiply(x, lam, out=x)
        np.tanh(x, out=x)
        return x
    if transfer == "bivalent":
        np.greater(x, 0.0, out=x, casting="unsafe")
        return x
    if transfer == "trivalent":
        np.sign(x, out=x)
        return x
    raise ValueError(f"unknown transfer {transfer!r}")


def transfer_scalar(x: float, transfer: str, lam: float) -> float:
    """Scalar version used by the plain reference implementation.

    >>> transfer_scalar(0.0, "sigmoid", 1.0)
    0.5
    """
    import math

    if transfer == "sigmoid":
        z = -lam * x
        if z > 709.0:  # math.exp would overflow; the limit is exactly 0
            return 0.0
        return 1.0 / (1.0 + math.exp(z))
    if transfer == "tanh":
        return math.tanh(lam * x)
    if transfer == "bivalent":
        return 1.0 if x > 0 else 0.0
    if transfer == "trivalent":
        return 1.0 if x > 0 else (-1.0 if x < 0 else 0.0)
    raise ValueError(f"unknown transfer {transfer!r}")
