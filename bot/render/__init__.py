"""Turn `bot.answers` Answers into something to show: terminal text here, Discord embeds in
`bot.render.embeds`. Renderers only arrange what an Answer says; they never add facts."""
