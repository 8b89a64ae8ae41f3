"""The process shell: configuration, the ``dsr`` CLI, database opening, logging, the clock."""
