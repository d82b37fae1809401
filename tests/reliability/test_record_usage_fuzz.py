"""record_usage with arbitrary input: a row or a clean ValidationError, nothing in between."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from providers.catalogue import get_provider
from subscriptions.models import APIProvider, APIUsageLog
from subscriptions.services import record_usage

text = st.text(max_size=600) | st.text(alphabet="\x00\ud7ff\ud800\u202e<>&=+-@'\"", max_size=40)
numbers = st.integers(min_value=-(2**70), max_value=2**70) | st.none()
decimals = (
    st.decimals(allow_nan=True, allow_infinity=True)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(["NaN", "-Infinity", "1e30", "abc", "0.1"])
)
enums = st.sampled_from(APIProvider.values) | st.text(max_size=30)


class RecordUsageFuzzTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_user("fuzz")

    @settings(max_examples=150, deadline=None)
    @given(
        provider=enums,
        model_used=text | st.none(),
        endpoint=text,
        tokens_input=numbers,
        cost_input=decimals,
        response_time=st.floats(allow_nan=True, allow_infinity=True),
        status_code=st.integers(min_value=-5, max_value=70000),
        request_id=text | st.none(),
    )
    def test_it_writes_a_detected_row_or_refuses_cleanly(self, **fields):
        before = APIUsageLog.objects.count()
        try:
            log, created = record_usage(user=self.user, **fields)
        except ValidationError as exc:
            assert exc.message_dict, "a refusal names the bad fields"
            assert APIUsageLog.objects.count() == before
            return
        stored = APIUsageLog.objects.get(pk=log.pk)
        assert stored.provider in APIProvider.values
        assert "\x00" not in stored.model_used + stored.endpoint
        assert stored.cost_total.is_finite() and stored.cost_total >= Decimal(0)
        assert stored.actual_provider_name is None or get_provider(stored.actual_provider_name)
        assert APIUsageLog.objects.count() == before + int(created)
