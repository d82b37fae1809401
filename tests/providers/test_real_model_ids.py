"""Real model ids from vendors' public lists must land on the provider that bills them."""

from collections import Counter

import pytest

from providers.catalogue import get_provider
from providers.detection import explain
from tests.providers.data.real_model_ids import CASES, SOURCES


def test_the_corpus_is_large_varied_and_cited():
    assert len({case.model for case in CASES}) >= 400
    assert len({case.expected for case in CASES}) >= 8
    assert {case.source for case in CASES} <= set(SOURCES)
    per_source = Counter(case.source for case in CASES)
    assert all(per_source[name] > 0 for name in SOURCES), "every cited source contributes ids"


def test_every_expected_slug_is_in_the_catalogue():
    assert all(get_provider(case.expected) is not None for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.source}:{case.model}")
def test_a_real_model_id_is_attributed_to_its_billing_provider(case):
    found = explain(case.enum, case.model, case.endpoint)
    assert found.slug == case.expected, str(found)
