// SPDX-License-Identifier: MIT
// The create-repository form of swr-qt-create-repo: every field of the call, live feedback under each one
// (swrkit's messages), a preview of the exact HTTP request with the token redacted, and a Create button that
// is enabled only while the form is valid. No Q_OBJECT: the signals are connected to lambdas, so no moc.
#ifndef SWR_EXAMPLES_CREATE_REPO_WINDOW_HPP
#define SWR_EXAMPLES_CREATE_REPO_WINDOW_HPP

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QString>
#include <QWidget>
#include <functional>

namespace swr_qt_example {

class create_repo_window : public QWidget {
 public:
  explicit create_repo_window(QWidget* parent = nullptr);

  /// Called with the HTTP message (token in clear) when Create is clicked.
  std::function<void(const QString&)> on_create;

  // The widgets, for the tests (typing into them is how a person uses the form).
  QLineEdit* namespace_edit = nullptr;
  QLineEdit* repository_edit = nullptr;
  QCheckBox* public_box = nullptr;
  QComboBox* category_box = nullptr;
  QPlainTextEdit* description_edit = nullptr;
  QComboBox* region_box = nullptr;
  QLineEdit* host_edit = nullptr;
  QLineEdit* token_edit = nullptr;
  QLabel* namespace_feedback = nullptr;
  QLabel* repository_feedback = nullptr;
  QLabel* category_feedback = nullptr;
  QLabel* description_feedback = nullptr;
  QLabel* endpoint_feedback = nullptr;
  QLabel* token_feedback = nullptr;
  QPlainTextEdit* preview = nullptr;
  QPushButton* create_button = nullptr;

 private:
  void refresh();  // validates the whole form and updates the feedback, the preview and the button
};

}  // namespace swr_qt_example

#endif  // SWR_EXAMPLES_CREATE_REPO_WINDOW_HPP
