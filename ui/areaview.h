#pragma once

#include <QWidget>

namespace Inroad {

/// One area of the main window's sidebar (People, Organizations, and the areas later issues add).
/// The window owns the menus, the search field and the status bar; an area reacts to them.
class AreaView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The sidebar entry's name ("People").
    virtual QString title() const = 0;
    /// Filters the area's list by the window's search field.
    virtual void setFilterText(const QString &text) = 0;
    /// File ▸ New… in this area (a new person, a new organization).
    virtual void addNew() = 0;
    /// Edit ▸ Delete on the current selection.
    virtual void deleteSelected() = 0;
    /// Whether deleteSelected() has something to act on.
    virtual bool canDelete() const = 0;
    /// A short summary for the status bar ("60 people, 3 shown").
    virtual QString statusText() const = 0;
    /// Opens the record with this id in the area, selecting it in the list.
    virtual void showRecord(qint64 id) = 0;
    /// A count shown beside the area's name in the sidebar (things due); -1 for none.
    virtual int badgeCount() const { return -1; }

signals:
    void statusTextChanged();
    void canDeleteChanged();
    void badgeCountChanged();
    /// Asks the window to open a record in another area, named by its key ("people",
    /// "organizations", "interviews").
    void recordRequested(const QString &areaKey, qint64 id);
};

} // namespace Inroad
