using System;
using System.IO;
using System.Runtime.InteropServices;

namespace PilotSpec.CodeAnalysis;

/// <summary>
/// What kind of file a path is, asked without opening it: opening a FIFO blocks until someone
/// writes to it, and a device (/dev/zero) reads forever. .NET has no public API for the file
/// type on Unix, so this asks the runtime's own native shim (libSystem.Native, shipped with
/// every .NET on Unix), which returns the mode with portable type bits.
/// </summary>
public static class SafeFile
{
    public enum FileKind
    {
        Missing,
        Regular,
        Directory,
        Other,
    }

    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The kind of what <paramref name="path"/> names, links followed.</summary>
    public static FileKind Kind(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            // Windows' devices (CON, NUL, \\.\…) are not files File.Exists finds under a .pilot name.
            return FileKind.Regular;
        }

        try
        {
            var status = new byte[256]; // FileStatus: int Flags, int Mode, … (larger than any version of it)
            var utf8Path = System.Text.Encoding.UTF8.GetBytes(path + "\0");
            if (Stat(utf8Path, status) != 0)
            {
                return FileKind.Missing;
            }

            var mode = BitConverter.ToInt32(status, 4) & TypeMask;
            return mode switch
            {
                RegularType => FileKind.Regular,
                DirectoryType => FileKind.Directory,
                _ => FileKind.Other,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not on a .NET that has the shim (a host of the generator): only regular files
            // are listed as additional files there anyway.
            return FileKind.Regular;
        }
    }

    // The path as NUL-terminated UTF-8 bytes (netstandard2.0 has no UTF-8 string marshalling).
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] utf8Path, [Out] byte[] status);
}
