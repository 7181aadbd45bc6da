using Timeline.ServiceDefaults;
using Timeline.Storage;
using Timeline.TimelineService;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("timeline-service");
builder.AddTimelineStorage();
builder.AddTimelineMerging();
builder.AddTimelineMessaging(bus => bus.AddTimelineConsumers());
builder.AddTimelinePublishing();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
