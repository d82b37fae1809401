from django.apps import AppConfig


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = "Subscriptions and usage"

    def ready(self) -> None:
        # The pre_save hook that fills actual_provider_name on save().
        from subscriptions import signals  # noqa: F401
