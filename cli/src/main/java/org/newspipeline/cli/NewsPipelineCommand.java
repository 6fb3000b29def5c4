package org.newspipeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command, {@code news-pipeline}; the work is done by its subcommand {@link AnnotateCommand}. */
@Command(name = "news-pipeline", mixinStandardHelpOptions = true,
        versionProvider = NewsPipelineCommand.Version.class,
        description = "Finds the quotes in news articles and who said them.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news-pipeline annotate article.txt",
            "      a readable report",
            "  news-pipeline annotate --out out/ articles/",
            "      one NAME.json per article",
            "  news-pipeline annotate --format quotes-csv articles/ > quotes.csv",
            "  news-pipeline annotate --format html --out pages/ articles/",
            "  curl -s https://example.org/story | news-pipeline annotate --html -",
            "",
            "Run 'news-pipeline annotate --help' for every option."})
final class NewsPipelineCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /**
     * @param env what the commands take from the process
     * @return the command line, with its subcommands, ready to {@code execute}
     */
    static CommandLine commandLine(CliEnvironment env) {
        CommandLine cli = new CommandLine(new NewsPipelineCommand());
        cli.addSubcommand("annotate", new AnnotateCommand(env));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(NewsPipelineCommand::usageError);
        HelpText.install(cli);
        return cli;
    }

    /**
     * Reports a usage error in one line, the command's name first, instead of the message and the whole help; exit
     * code 2. Usage errors found by the command itself (an --out that is a file) come here too.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String message = Printable.of(String.valueOf(e.getMessage()));
        command.getErr().println(name + ": " + message + " (see '" + name + " --help')");
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'annotate'");
    }

    /** Reads the versions Maven wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = NewsPipelineCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "news-pipeline " + p.getProperty("version", "(unknown version)"),
                "Stanford CoreNLP " + p.getProperty("corenlp", "(unknown)") + ", Java "
                        + System.getProperty("java.version")};
        }
    }
}
