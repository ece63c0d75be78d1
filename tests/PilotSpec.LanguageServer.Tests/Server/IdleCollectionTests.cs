using PilotSpec.LanguageServer.Server;

namespace PilotSpec.LanguageServer.Tests.Server;

/// <summary>
/// The server compacts its heap only when the editor has gone quiet: not while a request or
/// a check runs, not again before the heap has grown, and never below the minimum heap.
/// Run alone: the heap is the process's, and other tests' allocations would grow it.
/// </summary>
[Collection(nameof(IdleCollectionTests))]
[CollectionDefinition(nameof(IdleCollectionTests), DisableParallelization = true)]
public class IdleCollectionTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task After_work_and_a_quiet_period_it_collects_once_until_the_heap_grows_again()
    {
        using var idle = new IdleCollection(Quiet, minimumHeap: 0);

        idle.WorkHappened();
        await WaitUntilAsync(() => idle.Collections == 1);

        idle.WorkHappened(); // nothing allocated since: the heap is what the last collection left
        await Task.Delay(Quiet * 6);
        Assert.Equal(1, idle.Collections);
    }

    [Fact]
    public async Task Nothing_is_collected_while_work_runs_and_the_quiet_period_starts_when_it_ends()
    {
        using var idle = new IdleCollection(Quiet, minimumHeap: 0);

        var busy = idle.Busy();
        idle.WorkHappened();
        await Task.Delay(Quiet * 6);
        Assert.Equal(0, idle.Collections);

        busy.Dispose();
        busy.Dispose(); // a lease ends once
        await WaitUntilAsync(() => idle.Collections == 1);
    }

    [Fact]
    public async Task A_heap_below_the_minimum_is_left_alone()
    {
        using var idle = new IdleCollection(Quiet, minimumHeap: long.MaxValue);

        idle.WorkHappened();
        await Task.Delay(Quiet * 6);

        Assert.Equal(0, idle.Collections);
    }

    [Fact]
    public async Task Without_work_nothing_is_scheduled()
    {
        using var idle = new IdleCollection(Quiet, minimumHeap: 0);

        await Task.Delay(Quiet * 6);

        Assert.Equal(0, idle.Collections);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the idle collection did not run");
            await Task.Delay(10);
        }
    }
}
