using System.Text;
using PilotSpec.Fuzz;

// pilotfuzz: see docs/fuzzing.md.
//   mutate [--seconds N] [--seed N] [--crashes DIR] [--input-timeout N] PATH...   bounded in-process run (CI)
//   afl                                                                           SharpFuzz + AFL++ (long runs)
//   libfuzzer                                                                     SharpFuzz + libfuzzer-dotnet (long runs)
//   replay FILE...                                                                run saved inputs once each
//   bytes [--seconds N] [--seed N] [--crashes DIR]                                 bounded run on the server's framing and the journal's lines (CI)
//   pathological [--repeat N]                                                      time the pathological inputs (docs/reliability.md)
var command = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToList();

switch (command)
{
    case "mutate":
        {
            var seconds = TakeOption(rest, "--seconds", 60);
            var seed = TakeOption(rest, "--seed", 1);
            var timeout = TakeOption(rest, "--input-timeout", 10);
            var crashes = TakeOption(rest, "--crashes", "fuzz-findings");
            var seeds = rest.SelectMany(InputFiles).Select(File.ReadAllText).ToList();
            if (seeds.Count == 0)
            {
                Console.Error.WriteLine("fuzz: no seed files (give folders or .pilot files).");
                return 2;
            }

            return new MutationFuzzer(seed, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(timeout), crashes).Run(seeds);
        }

    case "afl":
        // Instrumented run under afl-fuzz: an uncaught exception is a crash for AFL.
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            FuzzPipeline.Run(reader.ReadToEnd());
        });
        return 0;

    case "libfuzzer":
        SharpFuzz.Fuzzer.LibFuzzer.Run(bytes => FuzzPipeline.Run(Encoding.UTF8.GetString(bytes)));
        return 0;

    case "replay":
        {
            var failed = 0;
            foreach (var file in rest.SelectMany(InputFiles))
            {
                try
                {
                    FuzzPipeline.Run(File.ReadAllText(file));
                    Console.WriteLine($"ok    {file}");
                }
                catch (Exception e)
                {
                    failed++;
                    Console.WriteLine($"FAIL  {file}\n{e}");
                }
            }

            return failed == 0 ? 0 : 1;
        }

    case "bytes":
        return new ByteFuzzer(TakeOption(rest, "--seed", 1), TimeSpan.FromSeconds(TakeOption(rest, "--seconds", 60)), TakeOption(rest, "--crashes", "fuzz-findings")).Run();

    case "pathological":
        PathologicalTimer.Run(TakeOption(rest, "--repeat", 5), Console.Out);
        return 0;

    default:
        Console.Error.WriteLine("usage: pilotfuzz mutate|bytes|afl|libfuzzer|replay|pathological ... (see docs/reliability.md)");
        return 2;
}

static IEnumerable<string> InputFiles(string path) =>
    Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*.pilot", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [path];

static T TakeOption<T>(List<string> args, string name, T fallback)
{
    var at = args.IndexOf(name);
    if (at < 0 || at + 1 >= args.Count)
    {
        return fallback;
    }

    var value = args[at + 1];
    args.RemoveRange(at, 2);
    return (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
}
