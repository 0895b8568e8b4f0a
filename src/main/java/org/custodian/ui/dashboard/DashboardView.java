package org.custodian.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;
import org.custodian.ui.dashboard.DashboardViewModel.FindingCount;

/** The dashboard: findings by type (click to see them), a chart, renewals, rotations and open departures. */
public final class DashboardView implements Screen {
    private final DashboardViewModel model;
    private final Runnable openDepartures;

    public DashboardView(DashboardViewModel model, Runnable openDepartures) {
        this.model = model;
        this.openDepartures = openDepartures;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public Parent build() {
        Label status = new Label();
        status.setId("inventory-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        ListView<FindingCount> counts = new ListView<>(model.counts());
        counts.setId("finding-counts");
        counts.setPrefHeight(220);
        counts.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.open(now));
        ListView<String> findings = list("findings", model.findings(), 220);
        findings.setPlaceholder(new Label("Choose a type on the left to see its findings."));
        ListView<String> departures = list("open-departures", model.openDepartures(), 150);
        departures.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openDepartures.run();
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            grid.getColumnConstraints().add(column);
        }
        grid.add(titled("Hygiene findings by type (choose one)", counts), 0, 0);
        grid.add(titled("Findings of the chosen type", findings), 1, 0, 2, 1);
        grid.add(chart(), 0, 1, 3, 1);
        grid.add(titled("Renewals and expiries", list("renewals", model.renewals(), 150)), 0, 2);
        grid.add(titled("Rotations overdue", list("overdue-rotations", model.overdueRotations(), 150)), 1, 2);
        grid.add(titled("Open departures (double-click to open)", departures), 2, 2);
        VBox box = new VBox(12, status, Forms.error(model.error()), grid);
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private BarChart<Number, String> chart() {
        NumberAxis count = new NumberAxis();
        count.setMinorTickVisible(false);
        count.setTickUnit(1);
        BarChart<Number, String> chart = new BarChart<>(count, new CategoryAxis());
        chart.setId("findings-chart");
        chart.setTitle("Findings by type");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        chart.getData().add(series);
        model.counts().addListener((ListChangeListener<FindingCount>) c -> {
            List<XYChart.Data<Number, String>> bars = new ArrayList<>();
            for (int i = model.counts().size() - 1; i >= 0; i--) {
                FindingCount f = model.counts().get(i);
                bars.add(new XYChart.Data<>(f.count(), f.type().label()));
            }
            series.getData().setAll(bars);
        });
        return chart;
    }

    private static VBox titled(String title, javafx.scene.Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("title-4");
        return new VBox(4, label, content);
    }

    private static ListView<String> list(String id, ObservableList<String> items, double height) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(height);
        return list;
    }
}
