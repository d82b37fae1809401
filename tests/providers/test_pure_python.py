"""providers.catalogue and providers.detection work with Django absent or unconfigured."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code):
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin"})


def test_detection_imports_and_works_without_django():
    result = run("import sys; sys.modules['django'] = None\n"
                 "from providers.detection import detect_actual_provider\n"
                 "from providers.catalogue import provider_choices\n"
                 "assert 'django.conf' not in sys.modules\n"
                 "print(detect_actual_provider('VIDEO', 'x', '/video-generation/wavespeed'),\n"
                 "      len(provider_choices()))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "wavespeed"


def test_detection_works_with_django_unconfigured():
    result = run("from providers.detection import detect_actual_provider\n"
                 "import django.conf; assert not django.conf.settings.configured\n"
                 "print(detect_actual_provider('mistral', 'openai/gpt-oss-120b:groq'))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "huggingface"
