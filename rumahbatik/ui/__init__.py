"""Qt widgets. Talks to the services; never to SQLAlchemy."""
