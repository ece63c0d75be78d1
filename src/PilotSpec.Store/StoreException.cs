using System.Data.Common;

namespace PilotSpec.Store;

/// <summary>
/// The engine failed in the middle of an operation (a full disk, a lost server): thrown out of
/// the store's reading and writing loops, where no result can be returned, and turned back into
/// a <see cref="StoreProblem"/> by the command that called it. A write that failed was rolled back.
/// </summary>
public sealed class StoreException(StoreProblem problem, Exception inner) : Exception(problem.Detail, inner)
{
    public StoreProblem Problem { get; } = problem;

    /// <summary>Runs <paramref name="work"/>, turning the engine's own exceptions into a <see cref="StoreException"/>.</summary>
    public static T Guard<T>(string store, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (DbException e)
        {
            throw new StoreException(new StoreProblem(StoreProblemKind.Unavailable, store, e.Message), e);
        }
    }

    /// <inheritdoc cref="Guard{T}(string, Func{T})"/>
    public static void Guard(string store, Action work) => Guard(store, () =>
    {
        work();
        return 0;
    });
}
