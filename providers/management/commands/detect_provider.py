"""``manage.py detect_provider``: show what detection decides for one call, and why."""

from django.core.management.base import BaseCommand, CommandParser

from providers.catalogue import ENUM_DEFAULTS
from providers.detection import explain


class Command(BaseCommand):
    help = "Detect the provider that actually served a call from its enum, model and endpoint."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--enum", dest="provider_enum", help="APIProvider value or name, e.g. video")
        parser.add_argument("--model", dest="model_name", help="model name as logged")
        parser.add_argument("--endpoint", help="endpoint as logged: a route, a REST path or a URL")

    def handle(self, *args: object, provider_enum: str | None = None, model_name: str | None = None,
               endpoint: str | None = None, **options: object) -> None:
        enum_value = provider_enum.strip().lower().rpartition(".")[2] if provider_enum else None
        if enum_value and enum_value not in ENUM_DEFAULTS:
            # A junk enum is not an error: detection ignores it, and so the output says.
            self.stderr.write(f"note: {provider_enum!r} is not an APIProvider value; it gives no evidence.")
        detection = explain(provider_enum, model_name, endpoint)
        self.stdout.write(f"slug: {detection.slug or 'unknown'}")
        self.stdout.write(f"display name: {detection.display_name or 'unknown'}")
        self.stdout.write(f"why: {detection}")
