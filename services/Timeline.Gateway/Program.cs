using Timeline.Gateway;
using Timeline.ServiceDefaults;
using Timeline.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("timeline-gateway");
builder.AddTimelineStorage();
builder.AddGateway();
builder.AddTimelineMessaging(bus => bus.AddGatewayConsumers(), configureBus: GatewayExtensions.ConfigureGatewayEndpoints);

var app = builder.Build();
app.UseServiceDefaults();
app.MapGateway();
app.Run();
