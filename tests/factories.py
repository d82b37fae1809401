"""Builders for test data: valid usage logs with overridable fields."""

import datetime as dt
import itertools
from decimal import Decimal

from django.utils import timezone

from subscriptions.models import APIUsageLog

_sequence = itertools.count(1)
_minutes_back = itertools.count(1)


def usage_log(user, *, save: bool = True, **fields) -> APIUsageLog:
    """A usage log of a WaveSpeed video call unless told otherwise.

    Without a timestamp, each log is a minute older than the one made before
    it, so creation order is time order; only those logs move the clock back.
    """
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
    }
    values.update(fields)
    if "timestamp" not in fields:
        values["timestamp"] = timezone.now() - dt.timedelta(minutes=next(_minutes_back))
    log = APIUsageLog(user=user, **values)
    if save:
        log.save()
    return log


def subscribe(user, limits: dict | None = None, *, name: str | None = None, **plan_fields):
    """Put `user` on a fresh plan; `limits` maps an enum to {max_calls/max_tokens/max_cost}."""
    from subscriptions.models import PlanLimit, SubscriptionPlan, UserSubscription

    plan = SubscriptionPlan.objects.create(name=name or f"Plan {next(_sequence)}", **plan_fields)
    for enum, ceilings in (limits or {}).items():
        PlanLimit.objects.create(plan=plan, provider=enum, **ceilings)
    return UserSubscription.objects.create(user=user, plan=plan)


def usage_log_now(user, **fields) -> APIUsageLog:
    """A usage log timed now: in the current billing period, whatever the suite ran before.

    `usage_log` staggers timestamps back a minute per log across the session, which
    near the start of a month can land a log in the previous billing period.
    """
    fields.setdefault("timestamp", timezone.now())
    return usage_log(user, **fields)
