"""Provider catalogue and detection of the vendor that actually served an AI API call.

``providers.catalogue`` and ``providers.detection`` are plain Python (no models, no Django
needed), so migrations, bulk writes and scripts share one set of rules.
"""
