using Timeline.Ingestion;
using Timeline.ServiceDefaults;
using Timeline.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("timeline-ingestion");
builder.AddTimelineStorage();
builder.AddIngestion();
builder.AddTimelineMessaging(bus => bus.AddIngestionConsumers());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapIngestionEndpoints();
app.Run();
