"""Mail in: reading sources (files now, IMAP next), parsing, storing each message once."""
