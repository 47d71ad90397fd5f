"""Özesmi & Özesmi (2004) map metrics and feedback loops on small hand-computed maps."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from dyad.errors import SimulationError
from dyad.simulate.metrics import (
    complexity,
    concept_roles,
    density,
    feedback_loops,
    hierarchy_index,
    map_metrics,
)

NAMES = ["a", "b", "c", "d"]
# a->b 0.5, a->c -0.5, b->c 1.0, c->b -0.25, c->d 0.75
W = np.zeros((4, 4))
W[0, 1], W[0, 2], W[1, 2], W[2, 1], W[2, 3] = 0.5, -0.5, 1.0, -0.25, 0.75


def test_metrics_hand_computed_map():
    m = map_metrics(W, NAMES)
    np.testing.assert_allclose(m.indegree, [0, 0.75, 1.5, 0.75])
    np.testing.assert_allclose(m.outdegree, [1.0, 1.0, 1.0, 0])
    np.testing.assert_allclose(m.centrality, [1.0, 1.75, 2.5, 0.75])
    assert m.roles == ("transmitter", "ordinary", "ordinary", "receiver")
    assert (m.n_transmitters, m.n_receivers, m.n_ordinary, m.n_edges) == (1, 1, 2, 5)
    assert m.density == pytest.approx(5 / 16)
    assert density(W, self_loops=False) == pytest.approx(5 / 12)
    assert m.complexity == pytest.approx(1.0)
    # binary outdegrees 2, 1, 2, 0; mean 5/4; 12 / (3*4*5) * 2.75
    assert m.hierarchy_index == pytest.approx(0.55)
    assert [(lp.names, lp.kind, lp.strength) for lp in m.loops] == [(("b", "c"), "balancing", -0.25)]
    d = m.to_dict()
    assert d["density_convention"] == "C/N^2" and d["loops"][0]["sign"] == "-"


def test_metrics_roles_isolated_and_complexity_without_transmitters():
    W2 = np.array([[0, 1.0, 0], [1.0, 0, 0], [0, 0, 0]])
    assert concept_roles(W2) == ["ordinary", "ordinary", "isolated"]
    assert complexity(W2) is None
    assert hierarchy_index(np.zeros((3, 3))) == 0.0


def test_metrics_feedback_loops_signs_and_self_loops():
    W3 = np.zeros((3, 3))
    W3[0, 1], W3[1, 2], W3[2, 0] = -0.5, -0.5, 0.8  # two negatives: reinforcing
    W3[1, 1] = -0.3
    loops = feedback_loops(W3, ["x", "y", "z"])
    assert [(lp.nodes, lp.kind) for lp in loops] == [((1,), "balancing"), ((0, 1, 2), "reinforcing")]
    assert loops[1].strength == pytest.approx(0.2)


def test_metrics_feedback_loops_count_in_complete_digraph():
    K4 = np.ones((4, 4)) - np.eye(4)
    # simple cycles of K4: 6 of length 2, 8 of length 3, 6 of length 4
    assert len(feedback_loops(K4)) == 20
    assert len(feedback_loops(K4, max_length=3)) == 14
    assert len(feedback_loops(K4, max_loops=5)) == 5
    for lp in feedback_loops(K4):
        assert lp.nodes[0] == min(lp.nodes) and len(set(lp.nodes)) == len(lp.nodes)
    # every cycle found once: no two are rotations of each other
    keys = {frozenset(itertools.pairwise(lp.nodes + (lp.nodes[0],))) for lp in feedback_loops(K4)}
    assert len(keys) == 20


def test_metrics_reject_bad_matrix():
    with pytest.raises(SimulationError):
        map_metrics(np.ones((2, 3)))
    with pytest.raises(SimulationError):
        feedback_loops(np.zeros((2, 2)), ["only-one"])
