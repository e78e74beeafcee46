// SPDX-License-Identifier: MIT
#include "create_repo_window.hpp"

#include <QByteArray>
#include <QFormLayout>
#include <QVBoxLayout>
#include <string_view>
#include <vector>

#include <swr/qt.hpp>
#include <swr/swr.hpp>

namespace swr_qt_example {
namespace {
std::string_view view(const QByteArray& bytes) {
  return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QLabel* feedback_label(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setStyleSheet("color: #b00020; font-size: small;");
  return label;
}

// A field and the feedback line under it.
QWidget* with_feedback(QWidget* field, QLabel* feedback) {
  auto* box = new QWidget;
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addWidget(field);
  layout->addWidget(feedback);
  return box;
}
}  // namespace

create_repo_window::create_repo_window(QWidget* parent) : QWidget(parent) {
  setWindowTitle("Create an SWR repository");
  namespace_edit = new QLineEdit(this);
  namespace_edit->setValidator(new swr::qt::namespace_validator(namespace_edit));
  namespace_edit->setPlaceholderText("organization, e.g. my-org");
  repository_edit = new QLineEdit(this);
  repository_edit->setValidator(new swr::qt::repository_validator(repository_edit));
  repository_edit->setPlaceholderText("e.g. team/app");
  public_box = new QCheckBox("public", this);
  category_box = new QComboBox(this);
  category_box->addItem(QString());  // no category
  for (const swr::category c : swr::all_categories) category_box->addItem(QString::fromUtf8(swr::to_string(c).data()));
  description_edit = new QPlainTextEdit(this);
  description_edit->setFixedHeight(60);
  region_box = new QComboBox(this);
  region_box->addItem(QString());  // no region: the host below
  for (const swr::region& r : swr::regions)
    region_box->addItem(QString::fromUtf8(r.id.data(), static_cast<int>(r.id.size())));
  host_edit = new QLineEdit(this);
  host_edit->setPlaceholderText("or a host, e.g. swr.example.com:8443");
  token_edit = new QLineEdit(this);
  token_edit->setEchoMode(QLineEdit::Password);
  namespace_feedback = feedback_label(this);
  repository_feedback = feedback_label(this);
  category_feedback = feedback_label(this);
  description_feedback = feedback_label(this);
  endpoint_feedback = feedback_label(this);
  token_feedback = feedback_label(this);
  preview = new QPlainTextEdit(this);
  preview->setReadOnly(true);
  preview->setFont(QFont("monospace"));
  preview->setMinimumHeight(150);
  create_button = new QPushButton("Create", this);

  auto* form = new QFormLayout;
  form->addRow("Organization", with_feedback(namespace_edit, namespace_feedback));
  form->addRow("Repository", with_feedback(repository_edit, repository_feedback));
  form->addRow("Visibility", public_box);
  form->addRow("Category", with_feedback(category_box, category_feedback));
  form->addRow("Description", with_feedback(description_edit, description_feedback));
  form->addRow("Region", region_box);
  form->addRow("Host", with_feedback(host_edit, endpoint_feedback));
  form->addRow("IAM token", with_feedback(token_edit, token_feedback));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(new QLabel("The request (token redacted):", this));
  layout->addWidget(preview);
  layout->addWidget(create_button);

  for (QLineEdit* edit : {namespace_edit, repository_edit, host_edit, token_edit}) {
    connect(edit, &QLineEdit::textChanged, this, [this] { refresh(); });
  }
  connect(public_box, &QCheckBox::stateChanged, this, [this] { refresh(); });
  connect(category_box, &QComboBox::currentTextChanged, this, [this] { refresh(); });
  connect(region_box, &QComboBox::currentTextChanged, this, [this] { refresh(); });
  connect(description_edit, &QPlainTextEdit::textChanged, this, [this] { refresh(); });
  connect(create_button, &QPushButton::clicked, this, [this] {
    if (on_create) on_create(preview->property("message").toString());
  });
  refresh();
}

void create_repo_window::refresh() {
  // The form holds views: the bytes live here until the end of the function.
  const QByteArray ns = namespace_edit->text().toUtf8();
  const QByteArray repository = repository_edit->text().toUtf8();
  const QByteArray category = category_box->currentText().toUtf8();
  const QByteArray description = description_edit->toPlainText().toUtf8();
  const QByteArray region = region_box->currentText().toUtf8();
  const QByteArray host = host_edit->text().toUtf8();
  const QByteArray token = token_edit->text().toUtf8();
  const swr::create_repo_form form{view(ns),       view(repository),  public_box->isChecked(),
                                   view(category), view(description), view(region),
                                   view(host),     view(token)};

  for (QLabel* label : {namespace_feedback, repository_feedback, category_feedback, description_feedback,
                        endpoint_feedback, token_feedback}) {
    label->clear();
  }
  const std::vector<swr::error> problems = swr::validate(form);
  for (const swr::error& e : problems) {
    QLabel* label = e.field == swr::field::namespace_name ? namespace_feedback
                    : e.field == swr::field::repository   ? repository_feedback
                    : e.field == swr::field::category     ? category_feedback
                    : e.field == swr::field::description  ? description_feedback
                    : e.field == swr::field::token        ? token_feedback
                                                          : endpoint_feedback;
    label->setText(QString::fromUtf8(swr::message(e).data()));
  }
  const auto request = swr::to_http_request(form);
  if (request) {
    preview->setPlainText(QString::fromUtf8(swr::debug_string(*request).c_str()));
    preview->setProperty("message", QString::fromUtf8(swr::to_http_message(*request).c_str()));
  } else {
    preview->setPlainText("(the request appears here once the form is valid)");
    preview->setProperty("message", QString());
  }
  create_button->setEnabled(problems.empty());
}

}  // namespace swr_qt_example
