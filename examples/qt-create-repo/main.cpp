// SPDX-License-Identifier: MIT
// swr-qt-create-repo: the create-repository form (create_repo_window.hpp). Create prints the HTTP request,
// with the token redacted, to standard output; sending it is the job of an HTTP client (see swr-client).
#include <QApplication>
#include <cstdio>

#include "create_repo_window.hpp"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  swr_qt_example::create_repo_window window;
  window.on_create = [&window](const QString&) {
    std::printf("%s\n", window.preview->toPlainText().toUtf8().constData());
    std::fflush(stdout);
  };
  window.show();
  return app.exec();
}
