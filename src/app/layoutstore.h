// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QMainWindow;
class QSettings;

namespace perp {

// The window's workspace in QSettings (ini): the session (geometry and dock state saved on
// close, restored on start) and named layouts the user can switch between and delete.
class LayoutStore
{
public:
    explicit LayoutStore(QSettings& settings);

    // More state kept with each layout and the session (e.g. the chart panes): `save` writes
    // into the layout's group, `restore` reads it back before the docks are placed.
    using Hook = std::function<void(QSettings&)>;
    void setHooks(Hook save, Hook restore);

    void saveSession(const QMainWindow& window);
    // False (and the window untouched) when nothing valid was saved.
    bool restoreSession(QMainWindow& window);

    QStringList names() const;
    bool contains(const QString& name) const;
    // Saves the current docks and geometry under a name (replacing one of the same name).
    bool save(const QString& name, const QMainWindow& window);
    bool restore(const QString& name, QMainWindow& window);
    bool remove(const QString& name);

private:
    static QString key(const QString& name);
    void write(const QString& group, const QMainWindow& w);
    bool read(const QString& group, QMainWindow& w);

    QSettings& m_settings;
    Hook m_save;
    Hook m_restore;
};

} // namespace perp
