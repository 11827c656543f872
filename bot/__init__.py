"""Film trivia: cited film facts from plain-text documents, answered on Discord and offline."""

__version__ = "0.1.0"
