using Timeline.Embedded;

var app = EmbeddedTimeline.Build(args);
app.Run();
