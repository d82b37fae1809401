"""Property tests: whatever arrives, detection answers with a catalogue slug or None, fast."""

from hypothesis import given, settings
from hypothesis import strategies as st

from providers.catalogue import ENUM_DEFAULTS, get_provider
from providers.detection import Detection, detect_actual_provider, explain

ID_ALPHABET = st.sampled_from(list("abcxyz019-_.:/@ ") + ["gpt-", "claude-", "groq/", ":groq", "/", "::"])
id_like = st.lists(ID_ALPHABET, max_size=40).map("".join)
anything = st.one_of(
    st.none(), st.text(max_size=600), id_like, st.binary(max_size=100), st.integers(), st.floats(),
    st.sampled_from(sorted(ENUM_DEFAULTS)), st.lists(st.text(max_size=5), max_size=3),
)


@settings(max_examples=400, deadline=200)
@given(anything, anything, anything)
def test_it_never_raises_and_answers_with_a_catalogue_slug_or_none(enum, model, endpoint):
    slug = detect_actual_provider(enum, model, endpoint)
    assert slug is None or get_provider(slug) is not None
    found = explain(enum, model, endpoint)
    assert isinstance(found, Detection) and found.slug == slug
    assert isinstance(str(found), str)
    assert (found.rule is None) == (slug is None)


@settings(max_examples=200, deadline=200)
@given(st.sampled_from(sorted(ENUM_DEFAULTS)), id_like, id_like)
def test_a_known_enum_always_gives_an_answer(enum, model, endpoint):
    assert detect_actual_provider(enum, model, endpoint) is not None


@settings(max_examples=200, deadline=200)
@given(st.text(alphabet="ab-./:_1", min_size=400, max_size=3000))
def test_long_adversarial_ids_stay_fast(text):
    detect_actual_provider("video", text, text)
