"""Builders for test data: valid usage logs with overridable fields."""

import datetime as dt
import itertools
from decimal import Decimal

from django.utils import timezone

from subscriptions.models import APIUsageLog

_sequence = itertools.count(1)


def usage_log(user, *, save: bool = True, **fields) -> APIUsageLog:
    """A usage log of a WaveSpeed video call unless told otherwise."""
    n = next(_sequence)
    values = {
        "provider": "video",
        "model_used": "alibaba/wan-2.5/text-to-video",
        "endpoint": "/video-generation/wavespeed",
        "method": "POST",
        "tokens_input": 10,
        "tokens_output": 5,
        "tokens_total": 15,
        "cost_input": Decimal("0.10"),
        "cost_output": Decimal("0.05"),
        "cost_total": Decimal("0.15"),
        "response_time": 1.5,
        "status_code": 200,
        "timestamp": timezone.now() - dt.timedelta(minutes=n),
    }
    values.update(fields)
    log = APIUsageLog(user=user, **values)
    if save:
        log.save()
    return log
