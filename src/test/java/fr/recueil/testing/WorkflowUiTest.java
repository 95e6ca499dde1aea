package fr.recueil.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import fr.recueil.testing.Actors;
import fr.recueil.testing.KaribuTest;
import fr.recueil.testing.WorkflowFixture;
import fr.recueil.home.ChapterBoard;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;

/** What the workflow pages' tests share. */
public abstract class WorkflowUiTest extends KaribuTest {

    @Autowired
    protected WorkflowFixture fixture;
    @Autowired
    protected Actors actors;

    protected static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    protected static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @SuppressWarnings("unchecked")
    protected static List<ChapterBoard.Row> rows(Grid<?> grid) {
        Grid<ChapterBoard.Row> rows = (Grid<ChapterBoard.Row>) grid;
        return IntStream.range(0, _size(rows)).mapToObj(i -> _get(rows, i)).toList();
    }

    protected static void confirm() {
        ConfirmDialog dialog = com.github.mvysny.kaributesting.v10.LocatorJ._get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
    }
}
