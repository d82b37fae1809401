"""Create the local demo superuser and print its login (refused when DEBUG is off)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_ADMIN = "admin"
DEMO_ADMIN_PASSWORD = "admin-password"


class Command(BaseCommand):
    help = "Create a local demo superuser 'admin' for trying the app. Refused when DEBUG is off."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a demo admin with a known password while DEBUG is off.")
        user, created = get_user_model().objects.get_or_create(
            username=DEMO_ADMIN,
            defaults={"email": "admin@example.com", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(DEMO_ADMIN_PASSWORD)
            user.save(update_fields=["password"])
        self.stdout.write(
            f"Demo admin: {DEMO_ADMIN} / {DEMO_ADMIN_PASSWORD} (users alice, bob, carol: demo-password)"
        )
