// phasic-traces: the desktop app.
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("phasic-traces"));
    QApplication::setApplicationDisplayName(QStringLiteral("Phasic Traces"));
    QApplication::setOrganizationName(QStringLiteral("phasic"));
    QApplication::setApplicationVersion(QStringLiteral(PT_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.munch_group.PhasicTraces"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Browse, inspect and publish phasic traces."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Trace files to open."), QStringLiteral("[FILE…]"));
    parser.process(app);

    pt::ui::MainWindow window;
    for (const QString &file : parser.positionalArguments())
        window.openTrace(file);
    window.show();
    return app.exec();
}
