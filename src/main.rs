//! The geodash binary: the window, or a command of the command line.

fn main() -> std::process::ExitCode {
    geodash::cli::main()
}
