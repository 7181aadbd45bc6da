using Timeline.Embedded;

var app = EmbeddedTimeline.Build(args);
if (BusyPort.Find(app.Configuration["urls"]) is { } busy)
{
    Console.Error.WriteLine(busy);
    return 1;
}
try
{
    app.Run();
}
catch (IOException ex) when (BusyPort.Describe(ex, app.Configuration["urls"]) is { } taken)
{
    Console.Error.WriteLine(taken);
    return 1;
}
return 0;
