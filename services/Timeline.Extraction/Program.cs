using Timeline.Extraction;
using Timeline.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("timeline-extraction");
builder.AddExtraction();
builder.AddTimelineMessaging(bus => bus.AddExtractionConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
