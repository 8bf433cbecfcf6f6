// phasic-traces: the desktop app.
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("phasic-traces"));
    QApplication::setApplicationDisplayName(QStringLiteral("Phasic Traces"));
    QApplication::setOrganizationName(QStringLiteral("phasic"));
    QApplication::setApplicationVersion(QStringLiteral(PT_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.munch_group.PhasicTraces"));

    pt::ui::MainWindow window;
    window.show();
    return app.exec();
}
