"""The usage-logs REST API: list, detail, summary, CSV export and ingestion."""
