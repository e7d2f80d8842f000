"""Dashboard support code: database views, the query module, filters, UI text, downloads."""
