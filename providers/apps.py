"""Django wiring for the providers app: the settings check and cache invalidation."""

from django.apps import AppConfig


class ProvidersConfig(AppConfig):
    """Registers the PROVIDER_TRACKING system check and clears detection caches on change."""

    name = "providers"
    verbose_name = "Providers"

    def ready(self) -> None:
        from django.core import checks
        from django.core.signals import setting_changed

        from providers import overrides
        from providers.checks import check_provider_tracking

        checks.register(check_provider_tracking)

        def on_setting_changed(*, setting: str, **kwargs: object) -> None:
            if setting == overrides.SETTING_NAME:
                overrides.clear_caches()

        setting_changed.connect(on_setting_changed, weak=False, dispatch_uid="providers.clear_caches")
