using PilotSpec.Cli.Output;

namespace PilotSpec.Cli.Tests.Unit;

/// <summary>In process: the end-to-end tests pipe stderr, so pilotc never shows progress there.</summary>
public sealed class ProgressIndicatorTests
{
    [Fact]
    public void Progress_appears_after_the_delay_and_is_erased_at_the_end()
    {
        var error = new SynchronisedWriter();
        using (var progress = new ProgressIndicator(error, total: 3, "checking", enabled: true, delay: TimeSpan.Zero, interval: TimeSpan.FromMilliseconds(10)))
        {
            progress.Advance();
            progress.Advance();
            Assert.True(SpinWait.SpinUntil(() => error.Text.Contains("checking 2/3", StringComparison.Ordinal), TimeSpan.FromSeconds(10)), error.Text);
        }

        var text = error.Text;
        Assert.StartsWith("\r", text);
        Assert.EndsWith("\r", text);
        Assert.Contains("\r" + new string(' ', "checking 2/3".Length) + "\r", text);
        Assert.DoesNotContain("\n", text);
    }

    [Fact]
    public void Quick_work_shows_nothing()
    {
        var error = new SynchronisedWriter();
        using (var progress = new ProgressIndicator(error, total: 3, "checking", enabled: true, delay: TimeSpan.FromMinutes(1)))
        {
            progress.Advance();
        }

        Assert.Equal("", error.Text);
    }

    [Fact]
    public void Disabled_progress_shows_nothing()
    {
        var error = new SynchronisedWriter();
        using (new ProgressIndicator(error, total: 3, "checking", enabled: false, delay: TimeSpan.Zero))
        {
            Thread.Sleep(50);
        }

        Assert.Equal("", error.Text);
    }

    private sealed class SynchronisedWriter : StringWriter
    {
        private readonly object _gate = new();

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return ToString();
                }
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }
    }
}
