using System.Diagnostics;
using System.Text;

namespace PilotSpec.Fuzz;

/// <summary>
/// The bounded, deterministic fuzzer CI runs: mutates a seed corpus for a fixed time, runs
/// each input through <see cref="FuzzPipeline"/> on a worker with a per-input time limit, and
/// saves every input that throws or hangs. Without coverage feedback, an input joins the
/// corpus when it makes a set of diagnostic codes not seen before: a crude but cheap signal
/// that it reached a new corner of the checker.
/// </summary>
internal sealed class MutationFuzzer(int seed, TimeSpan budget, TimeSpan perInputLimit, string crashFolder)
{
    public int Run(IReadOnlyList<string> seeds)
    {
        var random = new Random(seed);
        var mutator = new Mutator(random);
        var corpus = new List<string>(seeds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var runs = 0;
        var findings = 0;

        foreach (var input in seeds)
        {
            findings += RunOne(input, seen, corpus, ref runs) ? 0 : 1;
        }

        while (clock.Elapsed < budget && findings < 10)
        {
            var parent = corpus[random.Next(corpus.Count)];
            var input = mutator.Mutate(parent, corpus);
            if (input.Length > 256 * 1024)
            {
                input = input[..(256 * 1024)];
            }

            findings += RunOne(input, seen, corpus, ref runs) ? 0 : 1;
        }

        Console.WriteLine($"fuzz: {runs} inputs in {clock.Elapsed.TotalSeconds:F0} s (seed {seed}), corpus {corpus.Count}, findings {findings}");
        return findings == 0 ? 0 : 1;
    }

    private bool RunOne(string input, HashSet<string> seen, List<string> corpus, ref int runs)
    {
        runs++;
        var worker = Task.Run(() => FuzzPipeline.Run(input));

        if (!((IAsyncResult)worker).AsyncWaitHandle.WaitOne(perInputLimit))
        {
            Save("slow", input, $"took longer than {perInputLimit.TotalSeconds} s");
            // The worker cannot be stopped; exiting is the only way to free the CPU it holds.
            Console.Error.WriteLine("fuzz: stopping after a hang.");
            Environment.Exit(1);
        }

        if (worker.IsFaulted)
        {
            var error = worker.Exception!.InnerException ?? worker.Exception;
            Save("crash", input, error.ToString());
            return false;
        }

        if (seen.Add(worker.Result))
        {
            corpus.Add(input);
        }

        return true;
    }

    private void Save(string kind, string input, string why)
    {
        Directory.CreateDirectory(crashFolder);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..16].ToLowerInvariant();
        var path = Path.Combine(crashFolder, $"{kind}-{hash}.pilot");
        File.WriteAllText(path, input, new UTF8Encoding(false));
        Console.Error.WriteLine($"fuzz: {kind} saved to {path}\n{why}\n");
    }
}
