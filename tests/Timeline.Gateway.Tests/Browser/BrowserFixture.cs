using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Browser;

/// <summary>A seeded gateway and Debian's headless Chromium driven through its chromedriver.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromeDriverPath = "/usr/bin/chromedriver";

    private GatewayHost? _host;
    private ChromeDriver? _driver;
    private string? _profile;

    public static bool Available => File.Exists(ChromiumPath) && File.Exists(ChromeDriverPath);

    /// <summary>This fixture, or a skip naming what is missing when Chromium is not installed.</summary>
    public BrowserFixture Required
    {
        get
        {
            Assert.SkipUnless(Available, $"{ChromiumPath} or {ChromeDriverPath} is not installed.");
            return this;
        }
    }

    public GatewayHost Host => _host ?? throw new InvalidOperationException("not started");

    public ChromeDriver Driver => _driver ?? throw new InvalidOperationException("not started");

    public static string ArtifactsFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!Available)
        {
            return;
        }
        _host = await GatewayHost.StartAsync(StoreKind.Sqlite);
        _profile = Path.Combine(Path.GetTempPath(), "timeline-chromium-" + Guid.NewGuid().ToString("N"));
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1100", "--lang=en-US",
            "--user-data-dir=" + _profile);
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        _driver?.Quit();
        _driver?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        if (_profile is not null)
        {
            try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Opens the page fresh (language reset to English) and waits for the first load.</summary>
    public void OpenPage(string language = "en") => OpenAddress("", language);

    /// <summary>Opens the page at a shared address such as "?actor=Lavrov&amp;event=…", with a stored language preference, and waits for its first load.</summary>
    public void OpenAddress(string query, string language = "en")
    {
        Driver.Navigate().GoToUrl(Host.BaseAddress);
        Driver.ExecuteScript("localStorage.setItem('timeline.lang', arguments[0]);", language);
        Driver.Navigate().GoToUrl(new Uri(Host.BaseAddress, query));
        Wait(d => d.FindElement(By.TagName("body")).GetAttribute("data-loaded") == "true", "the page to load its events", seconds: 30);
    }

    /// <summary>Gives the page a viewport of this size (a phone when <paramref name="mobile"/>) until disposed.</summary>
    public IDisposable Viewport(int width, int height, bool mobile)
    {
        Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile,
        });
        return new ViewportOverride(Driver);
    }

    private sealed class ViewportOverride(ChromeDriver driver) : IDisposable
    {
        public void Dispose() => driver.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", []);
    }

    public void Wait(Func<IWebDriver, bool> condition, string what, int seconds = 15)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds));
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        try
        {
            wait.Until(condition);
        }
        catch (WebDriverTimeoutException)
        {
            throw new TimeoutException($"timed out after {seconds}s waiting for {what}");
        }
    }

    public string Screenshot(string name)
    {
        var path = Path.Combine(ArtifactsFolder, name + ".png");
        Driver.ExecuteScript("window.scrollTo(0, 0);");
        Driver.GetScreenshot().SaveAsFile(path);
        TestContext.Current.TestOutputHelper?.WriteLine("screenshot: " + path);
        Console.WriteLine("screenshot: " + path);
        return path;
    }
}
