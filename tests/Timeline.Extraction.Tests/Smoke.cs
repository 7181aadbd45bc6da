namespace Timeline.Extraction.Tests;

public class Smoke
{
    [Fact]
    public void Project_builds_and_runs() => Assert.True(typeof(Smoke).Assembly.GetName().Name == "Timeline.Extraction.Tests");
}
