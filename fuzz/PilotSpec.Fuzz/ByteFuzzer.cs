using System.Diagnostics;
using System.Text;
using PilotSpec.LanguageServer.Server.Wire;
using PilotSpec.Monitoring;

namespace PilotSpec.Fuzz;

/// <summary>
/// The bounded, deterministic byte-level fuzzer for what is not a spec: the language server's
/// framing and message screening (whatever bytes a client or proxy sends, the reader and the
/// screen return frames and outcomes and never throw), and the observation journal's lines
/// (whatever a damaged file holds, loading it reports lines and never throws). Mutations are
/// byte flips, cuts, splices and repeats of seed inputs; a failing input is saved.
/// </summary>
internal sealed class ByteFuzzer(int seed, TimeSpan budget, string crashFolder)
{
    private static readonly PilotDefinition Pilot =
        new("Fuzz", null, [new Site("S"), new Site("东城区")], [new IndicatorDefinition("daily", unit: "cases"), new IndicatorDefinition("rate", unit: "percent")]);

    public int Run()
    {
        var random = new Random(seed);
        var wireSeeds = WireSeeds();
        var journalSeeds = JournalSeeds();
        var journalPath = Path.Combine(Path.GetTempPath(), $"pilotfuzz-{Environment.ProcessId}.jsonl");
        var clock = Stopwatch.StartNew();
        var runs = 0;
        var findings = 0;
        while (clock.Elapsed < budget && findings < 10)
        {
            var wire = runs % 2 == 0;
            var seeds = wire ? wireSeeds : journalSeeds;
            var input = Mutate(random, seeds[random.Next(seeds.Count)], seeds);
            try
            {
                if (wire)
                {
                    RunWire(input);
                }
                else
                {
                    RunJournal(input, journalPath);
                }
            }
            catch (Exception e)
            {
                findings++;
                Directory.CreateDirectory(crashFolder);
                var name = Path.Combine(crashFolder, $"{(wire ? "wire" : "journal")}-{runs}.bin");
                File.WriteAllBytes(name, input);
                Console.Error.WriteLine($"fuzz: {name}: {e.GetType().Name}: {e.Message}");
            }

            runs++;
        }

        File.Delete(journalPath);
        Console.WriteLine($"fuzz bytes: {runs} inputs (frames and journal lines) in {clock.Elapsed.TotalSeconds:0} s, {findings} findings");
        return findings == 0 ? 0 : 1;
    }

    /// <summary>Every frame in <paramref name="input"/> read and screened; throws only on a bug.</summary>
    public static void RunWire(byte[] input)
    {
        var reader = new FrameReader(new MemoryStream(input), _ => { });
        var frames = 0;
        while (reader.ReadAsync(CancellationToken.None).GetAwaiter().GetResult() is { } frame)
        {
            if (++frames > input.Length + 1)
            {
                throw new InvalidOperationException("the frame reader does not advance");
            }

            foreach (var outcome in MessageScreen.Screen(frame, _ => { }))
            {
                if (outcome is Screened.Refuse refuse && refuse.Code is not (MessageScreen.ParseError or MessageScreen.InvalidRequest))
                {
                    throw new InvalidOperationException($"refused with code {refuse.Code}");
                }
            }
        }
    }

    /// <summary>A journal file of <paramref name="input"/> loaded; throws only on a bug.</summary>
    public static void RunJournal(byte[] input, string path)
    {
        File.WriteAllBytes(path, input);
        var store = FileObservationJournal.Load(path, Pilot, out var report);
        if (report.ObservationsReplayed + report.Skipped.Count != report.LinesRead || store.Count > report.ObservationsReplayed)
        {
            throw new InvalidOperationException($"the load report does not add up: {report}");
        }
    }

    private static List<byte[]> WireSeeds()
    {
        static byte[] Frame(string body, string header = "Content-Length") =>
            Encoding.UTF8.GetBytes($"{header}: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");
        var request = """{"jsonrpc":"2.0","id":1,"method":"workspace/symbol","params":{"query":""}}""";
        return
        [
            Frame(request),
            Frame(request) .Concat(Frame("""{"jsonrpc":"2.0","method":"initialized","params":{}}""")).ToArray(),
            Frame("[" + request + "]"),
            Frame(request, "content-length"),
            Frame("""{"jsonrpc":"2.0","id":2,"result":null}"""),
            Encoding.UTF8.GetBytes("Content-Length: 5\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}   "),
            Encoding.ASCII.GetBytes("Content-Length: banana\r\n\r\n{}"),
        ];
    }

    private static List<byte[]> JournalSeeds()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pilotfuzz-seed-{Environment.ProcessId}.jsonl");
        File.Delete(path);
        using (var journal = FileObservationJournal.Open(path, Pilot, new ObservationStoreOptions { Clock = Clocks.Fixed(new DateTime(2030, 1, 1)) }))
        {
            journal.Store.Record(Pilot.Indicators[0], Pilot.Sites[0], new DateTime(2019, 1, 1), 12.5m);
            journal.Store.Record(Pilot.Indicators[1], Pilot.Sites[1], new DateTime(2019, 3, 31), 63m);
            journal.Store.Record(Pilot.Indicators[0], Pilot.Sites[0], new DateTime(2019, 1, 1), -4m);
        }

        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        File.Delete(path + ".lock");
        return [bytes];
    }

    private static byte[] Mutate(Random random, byte[] parent, List<byte[]> seeds)
    {
        var bytes = new List<byte>(parent);
        var steps = random.Next(1, 5);
        for (var i = 0; i < steps; i++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, random.Next(1, Math.Min(16, bytes.Count - at) + 1));
                    break;
                case 3:
                    var other = seeds[random.Next(seeds.Count)];
                    var from = random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(random.Next(1, 64)));
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at); // a cut-off stream
                    break;
                default:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
            }
        }

        return bytes.Count > 1 << 20 ? bytes.Take(1 << 20).ToArray() : bytes.ToArray();
    }

    private static readonly byte[] Interesting = [0, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0xC3, 0x80, (byte)'\r', (byte)'\n', (byte)'{', (byte)'}', (byte)'[', (byte)'"', (byte)':', (byte)','];

    private static readonly string[] Tokens =
    [
        "Content-Length: ", "\r\n\r\n", "99999999999999999999", "-1", "1.5", "null", "\"id\":", "\"method\":", "\"seq\":",
        "9223372036854775807", "\"crc\":\"00000000\"", "[[[[[[[[[[[[[[[[", "\n", "\uFFFF", "\u202E",
    ];
}
