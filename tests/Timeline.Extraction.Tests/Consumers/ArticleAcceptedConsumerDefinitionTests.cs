using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Timeline.Extraction.Consumers;

namespace Timeline.Extraction.Tests.Consumers;

public class ArticleAcceptedConsumerDefinitionTests
{
    private static int? ConcurrencyWith(string? setting)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new(ExtractionOptions.ConcurrencyKey, setting)]);
        builder.AddExtraction();
        using var provider = builder.Services.BuildServiceProvider();
        var definition = ActivatorUtilities.CreateInstance<ArticleAcceptedConsumerDefinition>(provider);
        return definition.ConcurrentMessageLimit;
    }

    [Fact]
    public void Extracts_eight_articles_per_core_at_once_by_default()
    {
        Assert.Equal(8 * Environment.ProcessorCount, ConcurrencyWith(null));
    }

    [Fact]
    public void Extracts_as_many_articles_at_once_as_the_setting_says()
    {
        Assert.Equal(3, ConcurrencyWith("3"));
    }
}
