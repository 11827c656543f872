"""Trivia games built from the stored film facts.

`questions` turns FilmRecords into multiple-choice or open questions with sources,
`matching` judges typed answers, `game` keeps one game's state and scoring, and `store`
persists games, answers, leaderboards and per-server settings. The Discord side lives in
`bot.discord_app.cogs.quiz`.
"""
