"""Create demo users, plans with limits, subscriptions and a 90-day usage history (idempotent)."""

import datetime as dt
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from subscriptions.models import APIUsageLog, PlanLimit, SubscriptionPlan, UserSubscription
from subscriptions.tracking import billing_period_for

DEMO_USERS = ("alice", "bob", "carol")
DEMO_PASSWORD = "demo-password"
DEMO_REQUEST_PREFIX = "demo-"

# (name, tier, monthly price, {enum: (max calls, max tokens, max cost)}); None is unlimited.
DEMO_PLANS = [
    (
        "Free",
        "free",
        "0",
        {
            "video": (20, None, "10"),
            "image_edit": (50, None, None),
            "audio": (50, None, None),
            "stability": (100, None, None),
            "gemini": (None, 200_000, None),
            "mistral": (None, 200_000, None),
            "openai": (None, 100_000, None),
            "anthropic": (None, 100_000, None),
        },
    ),
    (
        "Pro",
        "pro",
        "49",
        {
            "video": (1000, None, "400"),
            "image_edit": (2000, None, None),
            "audio": (2000, None, None),
            "stability": (3000, None, None),
            "gemini": (None, 10_000_000, None),
            "mistral": (None, 10_000_000, None),
            "openai": (None, 5_000_000, None),
            "anthropic": (None, 5_000_000, None),
        },
    ),
    ("Enterprise", "enterprise", "499", {}),
]
DEMO_SUBSCRIPTIONS = {"alice": "Pro", "bob": "Pro", "carol": "Enterprise", "dave": "Free"}
# dave is on Free (20 video calls a period) and has made this many this period:
# the admin's near-limits page and `usage_alerts` have someone to show.
NEAR_LIMIT_USER, NEAR_LIMIT_CALLS = "dave", 18

# (enum, model, endpoint, cost per call in USD, tokens per call or 0, typical seconds)
# Real model ids as vendors name them; endpoints as apps log them.
CALL_KINDS = [
    ("video", "alibaba/wan-2.5/text-to-video", "/video-generation/wavespeed", 0.25, 0, 45.0),
    ("video", "google/veo3.1/text-to-video", "/video-generation/wavespeed", 0.40, 0, 60.0),
    (
        "video",
        "veo-3.0-generate-preview",
        "https://generativelanguage.googleapis.com/v1beta/models/veo-3.0-generate-preview:predictLongRunning",
        0.75,
        0,
        80.0,
    ),
    ("image_edit", "bytedance/seedream-v4/edit", "/image-edit/wavespeed", 0.027, 0, 8.0),
    ("image_edit", "google/nano-banana/edit", "/image-edit/wavespeed", 0.039, 0, 6.0),
    ("audio", "minimax/speech-02-hd", "/audio-generation/wavespeed", 0.05, 0, 4.0),
    (
        "audio",
        "eleven_multilingual_v2",
        "https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM",
        0.09,
        0,
        3.0,
    ),
    ("stability", "qwen-image", "/image-generation/wavespeed", 0.02, 0, 7.0),
    ("stability", "sd3.5-large", "https://api.stability.ai/v2beta/stable-image/generate/sd3", 0.065, 0, 9.0),
    ("stability", "stable-image-core", "/v2beta/stable-image/generate/core", 0.03, 0, 5.0),
    ("gemini", "gemini-2.5-flash", "", 0.0, 1800, 1.6),
    ("gemini", "gemini-2.5-pro", "/api/chat/gemini", 0.0, 3500, 4.5),
    ("mistral", "openai/gpt-oss-120b:groq", "", 0.0, 1500, 1.2),
    ("mistral", "meta-llama/Llama-3.1-8B-Instruct:cerebras", "", 0.0, 900, 0.6),
    (
        "mistral",
        "mistralai/Mistral-7B-Instruct-v0.3",
        "https://router.huggingface.co/v1/chat/completions",
        0.0,
        1100,
        1.0,
    ),
    ("openai", "gpt-4o-2024-08-06", "https://api.openai.com/v1/chat/completions", 0.0, 2200, 2.4),
    ("openai", "gpt-4o-mini", "/api/chat/openai", 0.0, 1600, 1.1),
    ("openai", "text-embedding-3-small", "https://api.openai.com/v1/embeddings", 0.0, 600, 0.3),
    ("anthropic", "claude-3-5-sonnet-20241022", "https://api.anthropic.com/v1/messages", 0.0, 2600, 3.2),
    ("anthropic", "claude-sonnet-4-5", "/api/chat/anthropic", 0.0, 3100, 3.8),
    ("tavily", "", "https://api.tavily.com/search", 0.008, 0, 1.4),
    ("serper", "", "https://google.serper.dev/search", 0.001, 0, 0.7),
    ("metaphor", "", "https://api.exa.ai/search", 0.005, 0, 1.1),
    ("exa", "", "https://api.exa.ai/contents", 0.001, 0, 0.9),
    ("firecrawl", "", "https://api.firecrawl.dev/v1/scrape", 0.0053, 0, 2.7),
    ("wavespeed", "wavespeed-ai/flux-dev", "/image-generation/wavespeed", 0.025, 0, 3.0),
]
# Token prices (USD per 1M tokens, input/output) for the token-billed kinds.
TOKEN_PRICES = {
    "gemini": (0.30, 2.50),
    "mistral": (0.15, 0.60),
    "openai": (2.50, 10.00),
    "anthropic": (3.00, 15.00),
}
ERRORS = [
    (429, "Rate limit exceeded, retry after 20s"),
    (500, "Upstream provider error"),
    (503, "Service temporarily unavailable"),
    (400, "Invalid prompt: content policy violation"),
]


class Command(BaseCommand):
    help = "Create demo users (password 'demo-password') and a 90-day usage history. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--calls", type=int, default=6000, help="Calls per fresh seed (default 6000).")
        parser.add_argument("--days", type=int, default=90)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, **options):
        users = [self._demo_user(name) for name in DEMO_USERS]
        self._demo_plans()
        self._near_limit_calls()
        if APIUsageLog.objects.filter(request_id__startswith=DEMO_REQUEST_PREFIX).exists():
            self.stdout.write("Demo usage already present; nothing to do.")
            return
        rng = random.Random(options["seed"])
        now = timezone.now()
        logs = [self._demo_call(rng, index, users, now, options["days"]) for index in range(options["calls"])]
        with transaction.atomic():
            for start in range(0, len(logs), 1000):
                APIUsageLog.objects.bulk_create(logs[start : start + 1000])
                self.stderr.write(f"  {min(start + 1000, len(logs))}/{len(logs)} calls written")
        self.stdout.write(
            f"Seeded {len(logs)} calls over {options['days']} days for {', '.join(DEMO_USERS)} "
            f"(password: {DEMO_PASSWORD})."
        )

    def _demo_plans(self):
        """The demo plans with their limits, and every demo user on one (idempotent)."""
        plans = {}
        for name, tier, price, limits in DEMO_PLANS:
            plan, _ = SubscriptionPlan.objects.update_or_create(
                name=name, defaults={"tier": tier, "monthly_price": Decimal(price)}
            )
            for enum, (calls, tokens, cost) in limits.items():
                PlanLimit.objects.update_or_create(
                    plan=plan,
                    provider=enum,
                    defaults={"max_calls": calls, "max_tokens": tokens, "max_cost": cost and Decimal(cost)},
                )
            plans[name] = plan
        for username, plan_name in DEMO_SUBSCRIPTIONS.items():
            UserSubscription.objects.get_or_create(
                user=self._demo_user(username), defaults={"plan": plans[plan_name]}
            )
        self.stdout.write(f"Demo plans: {', '.join(plans)}; subscriptions: {len(DEMO_SUBSCRIPTIONS)}.")

    def _near_limit_calls(self):
        """Bring dave to 18 of his 20 video calls in the current period, once per period.

        Written with bulk_create like the rest of the demo history, so the plan
        limit is not enforced here: this is seeding what happened, not a new call.
        """
        user = self._demo_user(NEAR_LIMIT_USER)
        now = timezone.now()
        prefix = f"near-limit-{DEMO_REQUEST_PREFIX}{billing_period_for(now)}-"
        if APIUsageLog.objects.filter(request_id__startswith=prefix).exists():
            return
        calls = [
            APIUsageLog(
                user=user,
                provider="video",
                model_used="alibaba/wan-2.5/text-to-video",
                endpoint="/video-generation/wavespeed",
                cost_input=Decimal("0.25"),
                cost_total=Decimal("0.25"),
                response_time=42.0,
                request_id=f"{prefix}{index}",
                timestamp=now - dt.timedelta(seconds=index),
            )
            for index in range(NEAR_LIMIT_CALLS)
        ]
        APIUsageLog.objects.bulk_create(calls)
        self.stdout.write(f"{NEAR_LIMIT_USER}: {NEAR_LIMIT_CALLS} video calls this period (Free allows 20).")

    def _demo_user(self, username):
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.com"}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        return user

    def _demo_call(self, rng, index, users, now, days):
        enum, model, endpoint, unit_cost, tokens, seconds = rng.choice(CALL_KINDS)
        timestamp = now - dt.timedelta(seconds=rng.uniform(0, days * 86400))
        tokens_in = int(tokens * rng.uniform(0.3, 1.4)) if tokens else 0
        tokens_out = int(tokens_in * rng.uniform(0.1, 0.6)) if tokens else 0
        if enum in TOKEN_PRICES:
            price_in, price_out = TOKEN_PRICES[enum]
            cost_in = Decimal(tokens_in * price_in / 1e6).quantize(Decimal("0.000001"))
            cost_out = Decimal(tokens_out * price_out / 1e6).quantize(Decimal("0.000001"))
        else:
            cost_in = Decimal(unit_cost * rng.uniform(0.9, 1.1)).quantize(Decimal("0.000001"))
            cost_out = Decimal(0)
        failed = rng.random() < 0.04
        status_code, error = rng.choice(ERRORS) if failed else (200, "")
        if failed:
            cost_in, cost_out, tokens_out = Decimal(0), Decimal(0), 0
        return APIUsageLog(
            user=rng.choice(users),
            provider=enum,
            model_used=model,
            endpoint=endpoint or "/api/llm/chat",
            method="POST",
            tokens_input=tokens_in,
            tokens_output=tokens_out,
            tokens_total=tokens_in + tokens_out,
            cost_input=cost_in,
            cost_output=cost_out,
            cost_total=cost_in + cost_out,
            response_time=round(seconds * rng.lognormvariate(0, 0.35), 3),
            status_code=status_code,
            error_message=error,
            retry_count=rng.choice((0, 0, 0, 1)) if failed else 0,
            request_id=f"{DEMO_REQUEST_PREFIX}{index}",
            timestamp=timestamp,
        )
