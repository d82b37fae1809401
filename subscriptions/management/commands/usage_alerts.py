"""Report users near their plan limits and providers that got worse, once per period (cron).

Meant to run from cron, e.g. hourly: `manage.py usage_alerts --email ops@example.com`.
Each finding is recorded in UsageAlert under a unique (kind, subject, period),
so a rerun in the same billing period reports only what is new: a user who
crosses 80% is reported once, and once more if they then go over 100%.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from billing.insights import provider_regressions_between
from subscriptions.limits import is_billing_period, users_near_limits
from subscriptions.models import APIUsageLog, UsageAlert
from subscriptions.tracking import billing_period_for


def previous_period(period: str) -> str:
    """The billing period before "YYYY-MM"."""
    year, month = int(period[:4]), int(period[5:])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


class Command(BaseCommand):
    help = (
        "Report users past a share of a plan limit and providers whose failure rate or p95 "
        "latency jumped against the previous billing period. Idempotent per period."
    )

    def add_arguments(self, parser):
        parser.add_argument("--period", help="Billing period YYYY-MM (default: the current one, UTC).")
        parser.add_argument(
            "--share", type=float, default=0.8, help="Share of a limit to report (default 0.8)."
        )
        parser.add_argument(
            "--failure-jump",
            type=float,
            default=0.05,
            help="Rise of a provider's failure rate to report, in points (default 0.05 = 5 points).",
        )
        parser.add_argument(
            "--latency-ratio",
            type=float,
            default=1.5,
            help="Growth of a provider's p95 latency to report (default 1.5 = 50%% slower).",
        )
        parser.add_argument(
            "--min-calls", type=int, default=20, help="Calls a provider needs in both periods (default 20)."
        )
        parser.add_argument(
            "--email", action="append", default=[], help="Also email the report (repeatable)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the report; record and send nothing."
        )

    def handle(self, *args, **options):
        period = options["period"] or billing_period_for(timezone.now())
        if not is_billing_period(period):
            raise CommandError(f"--period must be a billing period written YYYY-MM, got {period!r}.")
        if not 0 < options["share"] <= 10:
            raise CommandError("--share must be above 0 (0.8 means 80% of a limit).")
        if options["failure_jump"] <= 0 or options["latency_ratio"] <= 1 or options["min_calls"] < 1:
            raise CommandError(
                "--failure-jump must be above 0, --latency-ratio above 1, --min-calls at least 1."
            )

        findings = self._limit_findings(period, options["share"]) + self._provider_findings(period, options)
        sent = set(
            UsageAlert.objects.filter(
                period=period, subject__in=[subject for _, subject, _ in findings]
            ).values_list("kind", "subject")
        )
        new = [finding for finding in findings if finding[:2] not in sent]
        if not new:
            self.stdout.write(f"Nothing new to report for {period}.")
            return

        report = self._report(period, new)
        if options["dry_run"]:
            self.stdout.write(report)
            self.stdout.write("(dry run: nothing recorded or sent)")
            return
        with transaction.atomic():
            # Recorded first, in the same transaction as the send: if the mail fails,
            # nothing is recorded and the next run tries again.
            UsageAlert.objects.bulk_create(
                [
                    UsageAlert(kind=kind, subject=subject, period=period, message=message)
                    for kind, subject, message in new
                ],
                ignore_conflicts=True,
            )
            if options["email"]:
                send_mail(
                    f"Usage alerts for {period}: {len(new)} new",
                    report,
                    settings.DEFAULT_FROM_EMAIL,
                    options["email"],
                )
        self.stdout.write(report)

    def _limit_findings(self, period: str, share: float) -> list[tuple[str, str, str]]:
        findings = []
        for s in users_near_limits(period=period, share=share):
            level = "over" if s.is_over else "near"
            used, limit = (f"${s.used:.2f}", f"${s.limit:.2f}") if s.metric == "cost" else (s.used, s.limit)
            findings.append(
                (
                    "limit",
                    f"user:{s.user_id}:{s.provider}:{s.metric}:{level}",
                    f"{s.username} ({s.plan}): {s.provider} {s.metric} {used} of {limit} ({s.share:.0%})",
                )
            )
        return findings

    def _provider_findings(self, period: str, options: dict) -> list[tuple[str, str, str]]:
        found = provider_regressions_between(
            current=APIUsageLog.objects.filter(billing_period=period),
            previous=APIUsageLog.objects.filter(billing_period=previous_period(period)),
            failure_jump=options["failure_jump"],
            latency_ratio=options["latency_ratio"],
            min_calls=options["min_calls"],
        )
        return [("provider", f"{r.trend.slug or 'unknown'}:{r.metric}", str(r)) for r in found]

    @staticmethod
    def _report(period: str, findings: list[tuple[str, str, str]]) -> str:
        lines = [f"Usage alerts for {period}"]
        limits = [message for kind, _, message in findings if kind == "limit"]
        providers = [message for kind, _, message in findings if kind == "provider"]
        if limits:
            lines += ["", "Users near or over a plan limit:", *[f"  - {m}" for m in limits]]
        if providers:
            lines += [
                "",
                f"Providers worse than in {previous_period(period)}:",
                *[f"  - {m}" for m in providers],
            ]
        return "\n".join(lines)
